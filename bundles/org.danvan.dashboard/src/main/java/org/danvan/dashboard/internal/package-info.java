/** The case dashboard; the module is declared here. */
@DanvanModule(id = "dashboard", name = "dashboard.module.name", description = "dashboard.module.description")
package org.danvan.dashboard.internal;

import org.danvan.platform.api.module.DanvanModule;
