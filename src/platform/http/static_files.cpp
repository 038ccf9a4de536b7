#include "platform/http/static_files.h"

#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace primowork::http {
namespace {

std::string short_hash(const std::string& data) {
  unsigned char out[16];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(data.data()),
                     data.size(), nullptr, 0);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return std::string(hex, 16);
}

}  // namespace

std::string mime_type(const std::string& filename) {
  static const std::map<std::string, std::string> types = {
      {".css", "text/css; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".json", "application/json"},
      {".webmanifest", "application/manifest+json"}};
  const auto dot = filename.rfind('.');
  if (dot != std::string::npos) {
    auto it = types.find(filename.substr(dot));
    if (it != types.end()) return it->second;
  }
  return "application/octet-stream";
}

StaticFiles::StaticFiles(const std::string& root) {
  namespace fs = std::filesystem;
  std::string all_etags;
  if (fs::is_directory(root)) {
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (!entry.is_regular_file() || entry.is_symlink()) continue;
      const std::string rel = fs::relative(entry.path(), root).generic_string();
      if (rel.empty() || rel[0] == '.' || rel.find("/.") != std::string::npos) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      Asset asset{mime_type(rel), {}, buf.str()};
      asset.etag = "\"" + short_hash(asset.data) + "\"";
      all_etags += rel + asset.etag;
      assets_.emplace(rel, std::move(asset));
    }
  }
  version_ = short_hash(all_etags).substr(0, 10);
}

Response StaticFiles::serve(const Request& request, const std::string& relative) const {
  auto it = assets_.find(relative);
  if (it == assets_.end()) return Response::text("", 404);
  const Asset& asset = it->second;
  Response r;
  r.headers.set("ETag", asset.etag);
  const bool versioned = request.query.get("v") == version_;
  r.headers.set("Cache-Control",
                versioned ? "public, max-age=31536000, immutable" : "public, no-cache");
  const auto inm = request.headers.get("If-None-Match");
  if (inm && (inm->find(asset.etag) != std::string::npos || *inm == "*")) {
    r.status = 304;
    return r;
  }
  r.headers.set("Content-Type", asset.content_type);
  r.body = asset.data;
  return r;
}

}  // namespace primowork::http
