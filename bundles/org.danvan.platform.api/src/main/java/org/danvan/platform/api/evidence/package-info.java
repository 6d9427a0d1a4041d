/**
 * Evidence modules offer each other without depending on each other: figures and facts about a unit's — or one
 * person's — work in a period (cases resolved on time, reception sessions held against the rule, disclosures on time,
 * study commitments reviewed, exemplary people recognised). The emulation module shows them next to its criteria;
 * the study module links a person's commitments to them. Providers are whiteboard services: a consumer collects from
 * whichever are installed, and scores by hand what none provides.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.evidence;
