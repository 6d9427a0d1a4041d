/**
 * The platform's one key service for encrypted personal data: named key rings per purpose (a module's identity
 * fields, the reception book, citizen contacts…), AES-256-GCM ciphertext carrying the id of its key, keyed blind
 * indexes, rotation and re-encryption. The keys live in one file outside the database, which the backup command
 * takes wrapped with the administrator's pass-phrase.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.keys;
