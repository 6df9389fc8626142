/**
 * Every help text of the `tinjau` command. This module imports nothing heavy: `tinjau --help`,
 * `tinjau --version` and a mistyped command answer without loading the services.
 */
import { exportFormats, glossaryExportFormats, IMPORT_EXTENSIONS } from '../../shared/api/formats';

/** The closing lines of the general help and of each command's own help. */
const FOOTER = 'Every command takes --json for machine-readable output. Errors go to stderr with exit code 1\n(2 for a wrong command line).';

export const CLI_EXPORT_FORMATS = [...exportFormats, 'tbx'] as const;

export const QA_USAGE = 'tinjau qa DIR [--document ID] [--profile FILE] [--json]   exit 1 when any finding is an error';

export const EXPORT_USAGE = `tinjau export DIR --format ${CLI_EXPORT_FORMATS.join('|')} --out FILE|- [--document ID]
                  (tmx: the whole project by default)
                  [--only-approved] [--include-excluded]          --out - writes the file to stdout
  tinjau import-review DIR FILE.docx --reviewer NAME [--dry-run]`;

export const GLOSSARY_USAGE = `Glossary commands:
  tinjau glossary import DIR FILE [--glossary PATH] [--split-alternatives] [--details]
      --details lists every entry a TBX import skipped or renamed (the summary counts them by reason)
      FILE: .tbx (v2 martif or v3), .csv (comma, semicolon or tab), .tsv, .xlsx
  tinjau glossary export DIR --format ${glossaryExportFormats.join('|')} --out FILE|- [--glossary PATH]
  tinjau glossary attach DIR PATH [--create] [--name N]
  tinjau glossary detach DIR PATH
  tinjau glossary list DIR
  tinjau terms DIR [--document ID]      term hits per segment with target-check results

DIR is a project folder; without --glossary, import and export use the project's own glossary.
Every command takes --json. Errors go to stderr with exit code 1 (2 for a wrong command line).`;

/** `tinjau boilerplate`, the rules applied to documents already imported. */
export const BOILERPLATE_USAGE = `Usage:
  tinjau boilerplate apply DIR [--document NAME|ID]... [--dry-run] [--reviewed keep|exclude] [--json]
      the boilerplate rules (of the data folder, as the app edits them) applied to the project's
      documents: segments a rule now catches excluded, those a rule excluded that none catches
      any more included again; exclusions by hand are never changed. --dry-run only counts.
      Already reviewed segments to exclude need --reviewed keep (leave them) or exclude.
  tinjau boilerplate undo DIR BATCH   the whole application undone (BATCH as apply printed it)

${FOOTER}`;

/** `tinjau team`, team projects on a git remote. */
export const TEAM_USAGE = `Usage:
  tinjau team clone URL DIR [--token T] [--username U]   a new project folder from a team remote
  tinjau team link DIR URL [--token T] [--username U]    link a project to a remote (an empty one receives it)
  tinjau team sync DIR                                   pull, merge, push
  tinjau team status DIR                                 ahead/behind, last sync, offline
  tinjau team conflicts DIR                              segments two people changed at once
  tinjau team resolve DIR --segment ID --text T          keep T (one version, or a merge of both)
  tinjau team assign DIR --document ID --user NAME --role translator|reviewer|second-reviewer [--from N] [--to N]
URL: https://… (the token is the password; TINJAU_TEAM_TOKEN works too) or a folder path.`;

export const TM_USAGE = `Translation memory and machine translation:
  tinjau pretranslate DIR [--tm-threshold 85] [--mt PROVIDER] [--document ID]
      fills empty drafts from TM matches at or above the threshold, then by the MT engine PROVIDER
      (an id from the app's machine translation settings)
  tinjau tm import DIR FILE... [--tm PATH]      TMX files into the project's TM (or an attached one)
  tinjau tm attach DIR PATH [--create] [--name N]
  tinjau tm detach DIR PATH
  tinjau tm list DIR
  tinjau tm search DIR TEXT [--limit N]

Every command takes --json. Errors go to stderr with exit code 1 (2 for a wrong command line).`;

const INIT_USAGE = 'tinjau init DIR [--name N] [--source-lang id] [--target-lang en]';
const IMPORT_USAGE = `tinjau import DIR SOURCE|- [--name FILE] [--draft FILE] [--draft-origin mt|human] [--paragraphs auto|blank-line|line]
                           [--segmentation paragraph|sentence] [--on-existing replace|copy|cancel]
      SOURCE: ${IMPORT_EXTENSIONS.join(' ')}
      --on-existing: a file of that name already in the project is replaced (segments whose
        Indonesian is unchanged keep their review), added as a copy ("uji (2).docx"), or left
        (cancel); without it such an import is refused
      - reads the document from stdin; --name gives its file name (the format follows the
        extension; without it the content tells XLIFF, TMX, HTML, DOCX, XLSX or plain text)`;
const EDIT_USAGE = 'tinjau edit DIR --segment ID --text T [--author A] [--status S]';
const STATS_USAGE = 'tinjau stats DIR';

export const USAGE = `Tinjau: review Indonesian→English translations.

Usage:
  ${INIT_USAGE}
  ${IMPORT_USAGE}
  ${EDIT_USAGE}
  ${EXPORT_USAGE}
  ${STATS_USAGE}
  ${QA_USAGE}
  tinjau glossary import|export|attach|detach|list DIR ...   tinjau terms DIR   (tinjau glossary --help)
  tinjau pretranslate DIR [--tm-threshold 85] [--mt PROVIDER] [--document ID]
  tinjau tm import|attach|detach|list|search DIR ...   (tinjau tm --help)
  tinjau team clone|link|sync|status|conflicts|resolve|assign ...   (tinjau team --help)
  tinjau boilerplate apply|undo DIR ...   (tinjau boilerplate --help)
  tinjau --version

${FOOTER}`;

/** Each command's own help, printed by `tinjau COMMAND --help` and above its command-line mistakes. */
export const COMMAND_USAGE: Readonly<Record<string, string>> = {
  init: `Usage:\n  ${INIT_USAGE}\n\n${FOOTER}`,
  import: `Usage:\n  ${IMPORT_USAGE}\n\n${FOOTER}`,
  edit: `Usage:\n  ${EDIT_USAGE}\n\n${FOOTER}`,
  export: `Usage:\n  ${EXPORT_USAGE.split('\n  tinjau import-review')[0]}\n\n${FOOTER}`,
  'import-review': `Usage:\n  tinjau import-review DIR FILE.docx --reviewer NAME [--dry-run]\n\n${FOOTER}`,
  stats: `Usage:\n  ${STATS_USAGE}\n\n${FOOTER}`,
  qa: `Usage:\n  ${QA_USAGE}\n\n${FOOTER}`,
  glossary: GLOSSARY_USAGE,
  terms: GLOSSARY_USAGE,
  tm: TM_USAGE,
  pretranslate: TM_USAGE,
  team: TEAM_USAGE,
  boilerplate: BOILERPLATE_USAGE,
};

export const COMMANDS = Object.keys(COMMAND_USAGE);
