// Types of .dependency-cruiser.mjs, for the layering test.
import type { IConfiguration } from 'dependency-cruiser'

export declare const LAYERS: Record<string, string[]>
export declare const ruleSet: IConfiguration
export default ruleSet
