"use strict";
// Reads an add-in manifest with the manifest object model that Microsoft ships in
// office-addin-manifest-converter (OSF.Manifest.OfficeAppManifest), offline, and prints what it read as
// JSON. Exit 1 with the reader's own messages when it refuses the manifest.
// Usage: node read-manifest.js MANIFEST.xml
const fs = require("fs");

// The reader was written for a browser: its debug trace writes to window.console and looks up an
// element in document. Give it just that, and keep the trace for the error message.
const trace = [];
globalThis.window = { console: { log: (line) => trace.push(String(line)) } };
globalThis.document = { getElementById: () => null };

const { OSF } = require("office-addin-manifest-converter/lib/osfmos.js");
// Installs the XML parser (xmldom) the reader uses outside a browser.
require("office-addin-manifest-converter/lib/osfUtils.js").Utils.OverrideMethods();

try {
  const manifest = new OSF.Manifest.OfficeAppManifest(fs.readFileSync(process.argv[2], "utf8"), "nl-NL");
  const read = {
    schemaVersion: manifest.getManifestSchemaVersion(),
    type: OSF.OfficeAppType[manifest.getTarget()],
    id: manifest.getMarketplaceID(),
    version: manifest.getMarketplaceVersion(),
    providerName: manifest.getProviderName(),
    defaultLocale: manifest.getDefaultLocale(),
    displayName: manifest.getDefaultDisplayName(),
    description: manifest.getDefaultDescription(),
    iconUrl: manifest.getDefaultIconUrl(),
    highResolutionIconUrl: manifest.getDefaultHighResolutionIconUrl(),
    supportUrl: manifest.getDefaultSupportUrl(),
    appDomains: manifest.getAppDomains(),
    hosts: manifest.getHosts(),
    sourceLocation: manifest.getDefaultSourceLocation(),
    permissions: OSF.OsfControlPermission[manifest.getPermission()],
  };
  process.stdout.write(JSON.stringify(read));
} catch (error) {
  process.stderr.write([...trace, String((error && error.message) || error)].join("\n"));
  process.exit(1);
}
