import type { MessageTemplate } from "../messages";

/** Wording of this module's problems; codes are prefixed with the module name. */
export const PROFILE_MESSAGES: Record<string, MessageTemplate> = {
  "profile.unknown": {
    zh: "规则配置「{value}」不存在，可用的规则配置：{known}",
    en: 'Rule profile "{value}" does not exist; known profiles: {knownEn}',
  },
  "profile.invalid": {
    zh: "规则配置 {source} 无效：字段 {path} {issue}",
    en: "Rule profile {source} is invalid: field {path}: {issue}",
  },
  "profile.schemeUnknown": {
    zh: "认证项目「{value}」没有对应的规则配置，已知认证项目：{known}",
    en: 'No rule profile for scheme "{value}"; known schemes: {knownEn}',
  },
  "profile.schemeMismatch": {
    zh: "规则配置 {profile} 属于认证项目 {actual}，不能用于认证项目 {scheme}",
    en: "Rule profile {profile} belongs to scheme {actual}, not to scheme {scheme}",
  },
};
