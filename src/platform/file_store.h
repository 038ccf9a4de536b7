// Files kept on disk outside the web root (uploaded documents), under opaque random names, with
// their SHA-256. The directory is created with mode 0700; files are written with mode 0600 to a
// temporary name and renamed, so a reader never sees half a file.
#pragma once

#include <optional>
#include <string>

#include "platform/result.h"

namespace primowork {

class FileStore {
 public:
  explicit FileStore(std::string directory) : directory_(std::move(directory)) {}

  struct Stored {
    std::string name;    // opaque, [a-z0-9]
    std::string sha256;  // lowercase hex
  };
  // Writes `data` under a new name. Fails (kUnavailable) when the disk refuses.
  Result<Stored> put(const std::string& data) const;
  // The content, or nullopt when missing. `name` must be a name put() returned.
  std::optional<std::string> get(const std::string& name) const;
  // Removes the file; missing files are ignored.
  void remove(const std::string& name) const;

  static std::string sha256_hex(const std::string& data);

 private:
  std::string path_of(const std::string& name) const;
  std::string directory_;
};

}  // namespace primowork
