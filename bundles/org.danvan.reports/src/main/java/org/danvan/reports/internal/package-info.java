/** The periodic reports; the module is declared here. */
@DanvanModule(id = "reports", name = "reports.module.name", description = "reports.module.description")
package org.danvan.reports.internal;

import org.danvan.platform.api.module.DanvanModule;
