/**
 * Charts for contributed views: {@link org.danvan.platform.ui.kit.chart.DanvanChart}, a server-side component whose
 * browser half (Chart.js, compiled into the shell's frontend bundle) draws bar, pie and doughnut charts and reports
 * clicks back for drill-down.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.ui.kit.chart;
