/**
 * Modules: how a bundle declares that it belongs to a module, and the permissions and translations it brings
 * ({@link org.danvan.platform.api.module.DanvanModule}, {@link org.danvan.platform.api.module.DanvanPermission},
 * {@link org.danvan.platform.api.module.DanvanTranslations} — manifest capabilities written by bnd); which units a
 * module is enabled for ({@link org.danvan.platform.api.module.ModuleEnablement}); and the administrators' module
 * manager ({@link org.danvan.platform.api.module.ModuleManager}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.danvan.platform.api.module;
