"""The weekly content calendar tab."""
