"""QR codes without Qt: payloads, encoding, print geometry, colours, PNG/SVG output, scan check."""
