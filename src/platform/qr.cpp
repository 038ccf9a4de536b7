#include "platform/qr.h"

#include <qrencode.h>
#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace primowork::qr {
namespace {

constexpr int kQuietZone = 4;  // modules of white around the symbol (ISO/IEC 18004)

struct QrFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

}  // namespace

std::string qr_svg(const std::string& text, int module_px) {
  if (module_px < 1) throw std::invalid_argument("qr_svg: module_px must be at least 1");
  if (text.empty()) throw std::runtime_error("qr_svg: nothing to encode");
  // QRcode_encodeData encodes raw bytes in 8-bit mode; version 0 = smallest that fits.
  errno = 0;
  std::unique_ptr<QRcode, QrFree> code(
      QRcode_encodeData(static_cast<int>(text.size()),
                        reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M));
  if (!code) {
    const int err = errno;
    const char* why = err == ERANGE   ? "text too long for a QR code"
                      : err == ENOMEM ? "out of memory"
                                      : "invalid input";
    throw std::runtime_error(std::string("qr_svg: encoding failed: ") + why);
  }

  const int width = code->width;
  const int size = width + 2 * kQuietZone;
  const std::string n = std::to_string(size);
  const std::string px = std::to_string(size * module_px);

  // One path: each horizontal run of dark modules becomes a 1-module-high rectangle.
  std::string d;
  for (int y = 0; y < width; ++y) {
    const unsigned char* row = code->data + static_cast<std::size_t>(y) * width;
    int x = 0;
    while (x < width) {
      if ((row[x] & 1) == 0) {
        ++x;
        continue;
      }
      const int start = x;
      while (x < width && (row[x] & 1) != 0) ++x;
      const std::string run = std::to_string(x - start);
      d += 'M';
      d += std::to_string(start + kQuietZone);
      d += ' ';
      d += std::to_string(y + kQuietZone);
      d += 'h';
      d += run;
      d += "v1h-";
      d += run;
      d += 'z';
    }
  }

  std::string svg = R"(<svg xmlns="http://www.w3.org/2000/svg")";
  svg += " width=\"" + px + "\" height=\"" + px + "\" viewBox=\"0 0 " + n + " " + n + "\"";
  svg += R"( role="img" shape-rendering="crispEdges">)";
  svg += "<rect width=\"" + n + "\" height=\"" + n + R"(" fill="#fff"/>)";
  svg += R"(<path fill="#000" d=")" + d + R"("/></svg>)";
  return svg;
}

std::string qr_svg_data_uri(const std::string& text, int module_px) {
  const std::string svg = qr_svg(text, module_px);
  const int variant = sodium_base64_VARIANT_ORIGINAL;
  std::string b64(sodium_base64_ENCODED_LEN(svg.size(), variant), '\0');  // includes the NUL
  sodium_bin2base64(b64.data(), b64.size(), reinterpret_cast<const unsigned char*>(svg.data()),
                    svg.size(), variant);
  b64.resize(std::strlen(b64.c_str()));
  return "data:image/svg+xml;base64," + b64;
}

}  // namespace primowork::qr
