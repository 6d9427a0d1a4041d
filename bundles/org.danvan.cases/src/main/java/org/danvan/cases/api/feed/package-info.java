/**
 * What changed in the case engine, for systems that copy cases elsewhere (the national database export of Decree
 * 55/2022/NĐ-CP): the id and change marker of every case in id order, and an export view of chosen cases in which a
 * denouncer's identity never appears.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.cases.api.feed;
