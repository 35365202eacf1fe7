// PasswordHash: Argon2id password hashes through libsodium's crypto_pwhash_str
// with its "interactive" limits, which keep a sign-in under a second on a
// field laptop while making each guess expensive.
#pragma once

#include "error.h"

#include <QString>

namespace PasswordHash {

/// The encoded hash ("$argon2id$v=19$m=...") with a fresh random salt.
Result<QString> hash(const QString &password);
/// Whether \a password matches \a encoded; false for any malformed hash.
bool verify(const QString &encoded, const QString &password);

} // namespace PasswordHash
