#include "platform/file_store.h"

#include <sodium.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/ids.h"

namespace primowork {

std::string FileStore::sha256_hex(const std::string& data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char b : digest) {
    out += hex[b >> 4];
    out += hex[b & 15];
  }
  return out;
}

std::string FileStore::path_of(const std::string& name) const {
  return directory_ + "/" + name;
}

Result<FileStore::Stored> FileStore::put(const std::string& data) const {
  std::error_code ec;
  std::filesystem::create_directories(directory_, ec);
  ::chmod(directory_.c_str(), 0700);
  Stored stored{ids::random_hex(16), sha256_hex(data)};
  const std::string temp = path_of(stored.name + ".part");
  {
    const mode_t old = ::umask(077);
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    ::umask(old);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    out.close();
    if (!out) {
      std::filesystem::remove(temp, ec);
      return Error::unavailable("cannot write " + temp);
    }
  }
  std::filesystem::rename(temp, path_of(stored.name), ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return Error::unavailable("cannot rename " + temp);
  }
  return stored;
}

std::optional<std::string> FileStore::get(const std::string& name) const {
  if (!ids::well_formed(name)) return std::nullopt;
  std::ifstream in(path_of(name), std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream data;
  data << in.rdbuf();
  return data.str();
}

void FileStore::remove(const std::string& name) const {
  if (!ids::well_formed(name)) return;
  std::error_code ec;
  std::filesystem::remove(path_of(name), ec);
}

}  // namespace primowork
