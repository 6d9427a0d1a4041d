/**
 * Records a module lets leave the installation, for adapters that copy them elsewhere (the national database export
 * of Decree 55/2022/NĐ-CP): a module registers a {@link RecordFeed} per record type; an adapter walks its markers in
 * id order and reads the records that changed. The module alone decides which fields leave it: a feed never carries
 * what must stay inside (a denouncer's identity, an identity card number).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.feed;
