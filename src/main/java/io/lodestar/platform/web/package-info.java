/** Web conventions shared by all modules: problem details, paging and sorting, locale, layout model. */
@org.springframework.modulith.NamedInterface("web")
package io.lodestar.platform.web;
