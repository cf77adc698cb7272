import type { Organisation } from "../../src/core/organisation.js";

/** Another committee's commission than the default one: what it names must replace the default everywhere. */
export const DA_NANG: Organisation = { name: "Ban Dân vận Thành ủy Đà Nẵng", shortName: "Ban Dân vận Thành ủy" };

/** Text that names the default organisation ("Ban Dân vận Tỉnh ủy", "Quảng Nam"). */
export const DEFAULT_NAME = /Ban Dân vận Tỉnh ủy|Quảng Nam/u;
