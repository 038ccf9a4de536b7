// QR codes as standalone SVG, for showing an otpauth:// URI (or any short text) on a page.
//
// The text is encoded as bytes (8-bit mode, so UTF-8 passes through unchanged) at error
// correction level M, with the smallest version that fits, by libqrencode. The SVG has a 4-module
// white quiet zone, role="img", a viewBox in module units (so CSS can scale it) and width/height
// of module_px per module. It uses presentation attributes only (fill, shape-rendering): no style
// attribute, no <style>, no script, so it passes a CSP without 'unsafe-inline'. Pure: no I/O.
#pragma once

#include <string>

namespace primowork::qr {

// Throws std::runtime_error when the text cannot be encoded (empty, or too long for a QR code),
// std::invalid_argument when module_px < 1.
std::string qr_svg(const std::string& text, int module_px = 4);

// The same SVG as "data:image/svg+xml;base64,...", for <img src> (CSP img-src data:).
std::string qr_svg_data_uri(const std::string& text, int module_px = 4);

}  // namespace primowork::qr
