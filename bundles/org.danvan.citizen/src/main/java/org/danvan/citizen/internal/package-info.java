/** The citizens' status page; the module is declared here. */
@DanvanModule(id = "citizen", name = "citizen.module.name", description = "citizen.module.description")
package org.danvan.citizen.internal;

import org.danvan.platform.api.module.DanvanModule;
