/** The reception screens belong to the reception module. */
@DanvanModule(id = "reception")
package org.danvan.reception.ui.internal;

import org.danvan.platform.api.module.DanvanModule;
