/** The staff notice board ("Bảng tin"): reading and publishing notices. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.noticeboard.api;
