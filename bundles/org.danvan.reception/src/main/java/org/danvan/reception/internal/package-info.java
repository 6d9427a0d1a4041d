/** Citizen reception's implementation; the module is declared here. */
@DanvanModule(id = "reception", name = "reception.module.name", description = "reception.module.description")
package org.danvan.reception.internal;

import org.danvan.platform.api.module.DanvanModule;
