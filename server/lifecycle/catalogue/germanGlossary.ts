/**
 * German → English for the product names of Microsoft's German lifecycle pages. Phrases come before
 * the words they contain; the English wording is the one Microsoft's English slugs use
 * ("oder früher" → "or prior", not "or earlier": `adxstudio-portals-v6x-or-prior`). German compounds
 * joined to an English word by a hyphen ("Power BI-Berichtsserver") become two English words.
 */

const MONTHS: Readonly<Record<string, string>> = {
  Januar: 'January', Februar: 'February', März: 'March', April: 'April', Mai: 'May', Juni: 'June',
  Juli: 'July', August: 'August', September: 'September', Oktober: 'October', November: 'November',
  Dezember: 'December',
};

export const GERMAN_GLOSSARY: ReadonlyArray<readonly [RegExp, string | ((...m: string[]) => string)]> = [
  // "Dynamics CRM 2011 erstellt haben" ("… that you created"): a sentence fragment, not part of the name.
  [/\s+erstellt haben$/, ''],
  [/BitLocker-Verwaltung und Überwachung/, 'BitLocker Administration and Monitoring'],
  [/BitLocker-Administration und -Überwachung/, 'BitLocker Administration and Monitoring'],
  [/Microsoft-Diagnose- und Wiederherstellungs-Toolset/, 'Microsoft Diagnostics and Recovery Toolset'],
  [/FileAct- und InterAct-Adapter/, 'FileAct and InterAct Adapters'],
  [/Erweiterte Gruppenrichtlinienverwaltung/, 'Advanced Group Policy Management'],
  [/, Edition für mittelgroße Unternehmen/, ' Medium Business Edition'],
  [/(\S)-Version von /, '$1 version of '],
  [/, von Microsoft/, ', from Microsoft'],
  [/, veröffentlicht im (\p{L}+)/u, (_m: string, month: string) => `, released in ${MONTHS[month] ?? month}`],
  [/\(lokales Update\)/, '(on-premises update)'],
  [/\(lokal\)/, '(on-premises)'],
  [/ lokal\b/, ' on-premises'],
  [/\(feste Richtlinie\)/, '(Fixed Policy)'],
  [/\(Modern-Richtlinie\)/, '(Modern Policy)'],
  [/\(klassisch\)/, '(classic)'],
  [/halbjährlicher Kanal/, 'Semi-Annual Channel'],
  [/-?Arbeitsbereichsammlung/, ' Workspace Collection'],
  [/(\d+)er-Serie/, '$1 Series'],
  [/ Serie$/, ' Series'],
  [/Internetinformationsdienste/, 'Internet Information Services'],
  [/-?Besprechungsraum/, ' Meeting Room'],
  [/iSCSI-Softwareziel/, 'iSCSI Software Target'],
  [/(\d)-Korrekturhilfen/, '$1 Proofing Tools'],
  [/\bEndpunkt\b/, 'Endpoint'],
  [/-Adapter für Hostsysteme/, ' Adapters for Host Systems'],
  [/-Adapter\b/, ' Adapter'],
  [/^Planer\b/, 'Scheduler'],
  [/-Berichtsserver/, ' Report Server'],
  [/-Desktopclient/, ' Desktop Client'],
  [/-Abonnementedition/, ' Subscription Edition'],
  [/-Installationsoption/, ' installation option'],
  [/ oder früher\b/, ' or prior'],
  [/ für das /g, ' for the '],
  [/ für /g, ' for '],
  [/ und /g, ' and '],
  [/ mit /g, ' with '],
  [/([ (])auf /g, '$1on '],
  // German decimal comma in version numbers ("Dynamics NAV 4,0").
  [/(\d),(\d)/g, '$1.$2'],
];
