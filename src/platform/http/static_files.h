// Static assets (CSS, images, fonts) loaded into memory at start and served with ETag.
//
// Cache policy: a request carrying `?v=<version()>` is immutable for a year (templates link assets
// that way); otherwise the browser revalidates with If-None-Match and gets 304 when unchanged.
#pragma once

#include <map>
#include <string>

#include "platform/http/request.h"
#include "platform/http/response.h"

namespace primowork::http {

class StaticFiles {
 public:
  // Reads every regular file below `root` (symbolic links and dot files are skipped).
  explicit StaticFiles(const std::string& root);

  // Serves `relative` (e.g. "css/app.css"): 404 when unknown, 304 when the ETag matches.
  Response serve(const Request& request, const std::string& relative) const;

  // A short hash of all files: changes whenever any asset changes.
  const std::string& version() const { return version_; }

 private:
  struct Asset {
    std::string content_type;
    std::string etag;  // quoted
    std::string data;
  };
  std::map<std::string, Asset> assets_;
  std::string version_;
};

// Content type for a file name, from its extension.
std::string mime_type(const std::string& filename);

}  // namespace primowork::http
