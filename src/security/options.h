// Security settings, built from the configuration by the application.
#pragma once

#include <string>

#include "security/sessions.h"
#include "security/throttle.h"

namespace primowork::security {

struct SecurityOptions {
  SessionOptions sessions;
  ThrottleOptions throttle;
  bool https = false;                                // Secure cookies
  bool second_factor_for_counsellors = false;        // PRIMOWORK_REQUIRE_2FA_COUNSELLORS
  int reset_lifetime_s = 60 * 60;                    // password-reset links: 1 hour
  int invitation_lifetime_s = 7 * 24 * 3600;         // invitations: 7 days
  std::string public_url = "http://127.0.0.1:8080";  // base of links sent by mail or printed
};

}  // namespace primowork::security
