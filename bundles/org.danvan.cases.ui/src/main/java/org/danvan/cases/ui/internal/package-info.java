/** The case screens: a module over the headless case engine. */
@DanvanModule(id = "case-screens", name = "case.module.name", description = "case.module.description")
package org.danvan.cases.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
