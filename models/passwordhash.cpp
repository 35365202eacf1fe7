#include "passwordhash.h"

#include <QCoreApplication>

#include <sodium.h>

namespace PasswordHash {

Result<QString> hash(const QString &password)
{
    if (sodium_init() < 0)
        return Error{QCoreApplication::translate("PasswordHash",
                                                 "The cryptography library could not start.")};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error{QCoreApplication::translate(
            "PasswordHash", "Not enough memory to protect the password; close other programs "
                            "and try again.")};
    return QString::fromLatin1(out);
}

bool verify(const QString &encoded, const QString &password)
{
    if (sodium_init() < 0 || encoded.isEmpty())
        return false;
    const QByteArray hashed = encoded.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hashed.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace PasswordHash
