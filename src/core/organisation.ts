/**
 * The organisation the assistant speaks for (ORG_NAME, ORG_SHORT_NAME): configuration, so that
 * another committee's Ban Dân vận runs the same program under its own name.
 */

/** How the assistant names the organisation it works for. */
export interface Organisation {
  /** The full name, where the reader may not know the province: "Ban Dân vận Tỉnh ủy Quảng Nam". */
  readonly name: string;
  /** The name within the province, in running sentences: "Ban Dân vận Tỉnh ủy". */
  readonly shortName: string;
  /**
   * The name in the shortest texts (the web app's header, a status notice, "… trả lời phản ánh"):
   * "Ban Dân vận" for the default commission; without it, the short name.
   */
  readonly briefName?: string;
}

/** The commission the project was built for. */
export const DEFAULT_ORGANISATION: Organisation = { name: "Ban Dân vận Tỉnh ủy Quảng Nam", shortName: "Ban Dân vận Tỉnh ủy", briefName: "Ban Dân vận" };

/** How the shortest texts name `organisation`. */
export function briefNameOf(organisation: Organisation): string {
  return organisation.briefName ?? organisation.shortName;
}
