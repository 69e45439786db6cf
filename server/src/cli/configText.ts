// The configuration file parser lives in the core (no IO there); the CLI reads the file.
export { parseConfigText } from '../core/configFile';
