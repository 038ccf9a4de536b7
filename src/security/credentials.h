// Single-use and long-lived credentials other than passwords: password-reset links,
// invitations (link + short code), second-factor recovery codes and API tokens.
// Only hashes are stored; the clear token exists once, in the link, code or CLI output.
#pragma once

#include <soci/soci.h>

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "security/roles.h"

namespace primowork::security {

struct Invitation {
  std::string id;
  Role role = Role::kCandidate;
  std::string organisation_id;
  std::string email;  // "" when none (invitation printed as a QR code)
  std::string display_name;
  std::string invited_by;
  std::time_t created_at = 0;
  std::time_t expires_at = 0;
  bool used = false;
};

struct ApiToken {
  std::string id;
  std::string user_id;
  std::string name;
  std::time_t created_at = 0;
  std::time_t last_used_at = 0;  // 0 = never
  bool revoked = false;
};

// A short code to type by hand: 8 characters from an alphabet without look-alikes,
// shown as "ABCD-EFGH". normalise_code() accepts lowercase, spaces and dashes.
std::string new_short_code();
std::string normalise_code(const std::string& typed);

namespace credentials {

// Password resets (valid `lifetime` seconds, single use).
std::string create_reset(soci::session& s, const std::string& user_id, std::time_t now,
                         int lifetime);
// The user id of a live, unused reset token; marks nothing.
std::optional<std::string> find_reset(soci::session& s, const std::string& token, std::time_t now);
// Marks the link used; false when it was used meanwhile (another request won the race).
bool use_reset(soci::session& s, const std::string& token, std::time_t now);

// Invitations. create_invitation fills invitation.id and returns {link token, short code}.
std::pair<std::string, std::string> create_invitation(soci::session& s, Invitation& invitation,
                                                      std::time_t now, int lifetime);
std::optional<Invitation> find_invitation(soci::session& s, const std::string& id);
// By the token of the link, or by the short code; only live, unused invitations.
std::optional<Invitation> find_invitation_by_token(soci::session& s, const std::string& token,
                                                   std::time_t now);
std::optional<Invitation> find_invitation_by_code(soci::session& s, const std::string& code,
                                                  std::time_t now);
// Marks the invitation used; false when it was used meanwhile.
bool use_invitation(soci::session& s, const std::string& id, const std::string& user_id,
                    std::time_t now);
std::vector<Invitation> invitations_by(soci::session& s, const std::string& inviter_id);

// Recovery codes: replace_recovery_codes stores the hashes of `codes` (normalised).
void replace_recovery_codes(soci::session& s, const std::string& user_id,
                            const std::vector<std::string>& code_hashes);
// Marks the code used and returns true when it was a live code of this user.
bool use_recovery_code(soci::session& s, const std::string& user_id, const std::string& code_hash,
                       std::time_t now);
int remaining_recovery_codes(soci::session& s, const std::string& user_id);

// API tokens. create_token returns the clear token, shown once.
std::string create_token(soci::session& s, const std::string& user_id, const std::string& name,
                         std::time_t now, ApiToken* created = nullptr);
// The owner of a live token, and records its use.
std::optional<std::string> token_owner(soci::session& s, const std::string& token, std::time_t now);
std::vector<ApiToken> tokens_of(soci::session& s, const std::string& user_id);
// Revokes the user's token `id`; false when no such live token of this user.
bool revoke_token(soci::session& s, const std::string& user_id, const std::string& id,
                  std::time_t now);

}  // namespace credentials
}  // namespace primowork::security
