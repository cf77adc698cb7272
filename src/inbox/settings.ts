/** Settings admins change on the web, stored in the database so they take effect without a restart. */
import type { Database } from "./database.js";

/** Every setting with its value until an admin changes it. */
export const SETTING_DEFAULTS = {
  /** Every staff account must sign in with a two-factor code (enrolling right after its password). */
  twoFactorRequired: false,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
type SettingValue<K extends SettingKey> = (typeof SETTING_DEFAULTS)[K] extends boolean ? boolean : (typeof SETTING_DEFAULTS)[K];

export class Settings {
  constructor(private readonly db: Database) {}

  /** The setting's value; its default when never set or stored with another type. */
  async get<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
    const row = await this.db.setting.findUnique({ where: { key } });
    const value: unknown = row ? JSON.parse(row.value) : undefined;
    return (typeof value === typeof SETTING_DEFAULTS[key] ? value : SETTING_DEFAULTS[key]) as SettingValue<K>;
  }

  /** @param byName who changed it (shown with the setting) */
  async set<K extends SettingKey>(key: K, value: SettingValue<K>, byName: string): Promise<void> {
    const data = { value: JSON.stringify(value), updatedByName: byName };
    await this.db.setting.upsert({ where: { key }, create: { key, ...data }, update: data });
  }
}
