// @ts-check
/**
 * Local TypeDoc plugin for the documentation site (`npm run docs`). It changes only how the site
 * presents the package, never the package's types:
 *
 * - Guides keep the order typedoc.json lists them in (reading order, then any other page in docs/).
 * - Each entry point other than the main one is named after its subpath in package.json's
 *   `exports` (`schema` becomes `kyiv-strike-pause/schema`), so a reader sees the specifier to import.
 * - The record types are generic over an id space, `I extends IdSpace = ArticleIds`. Inside a
 *   declaration whose `I` defaults to `ArticleIds`, a field typed `I['actor']` is shown as the
 *   default's own type, `ActorId`, and `Role<I>` as `Role`: what a user of this article's records
 *   sees. The declaration's type parameter is still shown, so the generic form stays visible.
 * - The index page renders the README without its own title (the page has one), without its table
 *   of contents (the site has its own) and without the API section, which would repeat the
 *   reference; a short paragraph links to the modules instead.
 * - A linked file copied to `media/` gets a `.txt` suffix when its extension is not one a static
 *   host serves as something a browser shows (`LICENSE` becomes `LICENSE.txt`); otherwise the host
 *   sends `application/octet-stream` and the browser downloads it.
 * - A guide that holds `<div data-explore-here></div>` (docs/explore.md) gets the "Explore the
 *   article" view in its place: the text with every record's evidence marked, built by
 *   scripts/explore.ts from the sources' dataset when the site is rendered, with everything inline
 *   (no fetch at run time) and links to the API pages of the record types, resolved by TypeDoc's
 *   router so that they follow the pages wherever the theme puts them.
 */
import { readFileSync } from 'node:fs';
import {
  Converter,
  DeclarationReflection,
  MarkdownEvent,
  PageEvent,
  ParameterReflection,
  ReferenceType,
  ReflectionKind,
  RendererEvent,
  SignatureReflection,
} from 'typedoc';

/** @type {{ name: string; exports: Record<string, unknown> }} */
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Extensions a static host serves with a type the browser displays. */
const shownExtensions = new Set(['txt', 'js', 'mjs', 'json', 'html', 'css', 'svg', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'pdf']);

/** README sections the index page leaves out, and what stands in their place (`null`: nothing). */
const omittedSections = {
  Contents: null,
  API: (/** @type {string} */ modules) =>
    `The [API reference](${modules}) documents every export of \`${manifest.name}\` and its subpaths, with an example each; \`docs/api.md\`, shipped with the package, has the same reference in one page.`,
};

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => dropRepeatedDocuments(context.project), 100);
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => nameModulesAfterSubpaths(app, context.project));
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => showDefaultIdTypes(app, context.project));
  app.renderer.on(RendererEvent.BEGIN, (event) => giveMediaShownExtensions(event.project));
  app.renderer.on(MarkdownEvent.PARSE, (event) => trimReadme(app, event), 100);
  insertExploreView(app);
}

/** What stands in a guide for the explore view. */
const explorePlaceholder = '<div data-explore-here></div>';

/**
 * Loads scripts/explore.ts (TypeScript, through tsx) before the pages render, and puts its view in
 * place of {@link explorePlaceholder}. A placeholder that is never reached, or a view that cannot be
 * built, is an error, so the site never ships a page that silently lacks it.
 *
 * @param {import('typedoc').Application} app
 */
function insertExploreView(app) {
  /** @type {{ exploreView: (typeUrl: (type: string) => string) => string; LINKED_TYPES: readonly string[] } | undefined} */
  let explore;
  let inserted = 0;
  app.renderer.on(RendererEvent.BEGIN, () => {
    inserted = 0;
    app.renderer.preRenderAsyncJobs.push(async () => {
      const { tsImport } = await import('tsx/esm/api');
      explore = await tsImport('./explore.ts', import.meta.url);
    });
  });
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents?.includes(explorePlaceholder) || explore === undefined) return;
    const project = page.project;
    const main = project.getChildrenByKind(ReflectionKind.Module).find((module) => module.name === manifest.name);
    /** @type {Map<string, string>} */
    const urls = new Map();
    for (const name of explore.LINKED_TYPES) {
      const target = (main ?? project).getChildByName(name);
      const url = target ? app.renderer.router?.relativeUrl(page.model, target) : undefined;
      if (url === undefined) app.logger.error(`typedoc-plugin: the explore view links to the API page of ${name}, which the site does not have`);
      else urls.set(name, url);
    }
    try {
      page.contents = page.contents.replace(explorePlaceholder, () => /** @type {NonNullable<typeof explore>} */ (explore).exploreView((type) => urls.get(type) ?? '#'));
      inserted++;
    } catch (error) {
      app.logger.error(`typedoc-plugin: the explore view cannot be built: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  app.renderer.on(RendererEvent.END, () => {
    if (inserted === 0) app.logger.error(`typedoc-plugin: no guide holds ${explorePlaceholder}, the place of the explore view (docs/explore.md)`);
  });
}

/**
 * typedoc.json lists the guides in reading order and then `docs/*.md`, so that a new page is
 * never left out; TypeDoc adds a page once per mention, so only its first, in order, is kept.
 *
 * @param {import('typedoc').ProjectReflection} project
 */
function dropRepeatedDocuments(project) {
  /** @type {Map<string, import('typedoc').DocumentReflection>} */
  const kept = new Map();
  for (const document of [...(project.documents ?? [])]) {
    const path = project.files.getReflectionPath(document);
    if (path === undefined) continue;
    const first = kept.get(path);
    if (first === undefined) {
      kept.set(path, document);
      continue;
    }
    project.removeReflection(document);
    // Links to the file pointed at the copy just removed; point them at the page that stays.
    project.files.registerReflection(path, first);
  }
}

/**
 * @param {import('typedoc').Application} app
 * @param {import('typedoc').ProjectReflection} project
 */
function nameModulesAfterSubpaths(app, project) {
  for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
    if (module.name === manifest.name || module.name.startsWith(`${manifest.name}/`)) continue;
    if (`./${module.name}` in manifest.exports) module.name = `${manifest.name}/${module.name}`;
    else app.logger.error(`typedoc-plugin: the entry point "${module.name}" has no "./${module.name}" export in package.json`);
  }
}

/**
 * @param {import('typedoc').Application} app
 * @param {import('typedoc').ProjectReflection} project
 */
function showDefaultIdTypes(app, project) {
  const articleIds = project.getReflectionsByKind(ReflectionKind.Interface).find((reflection) => reflection.name === 'ArticleIds');
  if (!(articleIds instanceof DeclarationReflection)) {
    app.logger.error('typedoc-plugin: no ArticleIds interface to take the id types from');
    return;
  }
  /** @type {Map<string, ReferenceType>} */
  const idTypes = new Map();
  for (const child of articleIds.children ?? []) {
    if (child.type instanceof ReferenceType && child.type.reflection) idTypes.set(child.name, child.type);
  }

  /** The nearest declaration or signature, from `reflection` up, that declares a type parameter named `name`. */
  const declarerOf = (/** @type {import('typedoc').Reflection | undefined} */ reflection, /** @type {string} */ name) => {
    for (let current = reflection; current; current = current.parent) {
      if ((current instanceof DeclarationReflection || current instanceof SignatureReflection) && current.typeParameters?.some((parameter) => parameter.name === name)) {
        return current.typeParameters.find((parameter) => parameter.name === name);
      }
    }
    return undefined;
  };
  /** Whether `name`, seen from `reflection`, is a type parameter whose default is `ArticleIds`. */
  const defaultsToArticleIds = (/** @type {import('typedoc').Reflection} */ reflection, /** @type {string} */ name) => {
    const parameter = declarerOf(reflection, name);
    return parameter?.default instanceof ReferenceType && parameter.default.name === 'ArticleIds';
  };

  /**
   * @param {import('typedoc').SomeType | undefined} type
   * @param {import('typedoc').Reflection} owner
   * @returns {any}
   */
  const rewrite = (type, owner) => {
    if (!type) return type;
    const isDefaulted = (/** @type {import('typedoc').SomeType} */ t) => t instanceof ReferenceType && t.refersToTypeParameter && defaultsToArticleIds(owner, t.name);
    switch (type.type) {
      case 'indexedAccess': {
        const key = type.indexType.type === 'literal' ? String(type.indexType.value) : '';
        const target = idTypes.get(key);
        if (isDefaulted(type.objectType) && target?.reflection) return ReferenceType.createResolvedReference(target.name, target.reflection, project);
        type.objectType = rewrite(type.objectType, owner);
        type.indexType = rewrite(type.indexType, owner);
        return type;
      }
      case 'reference':
        if (type.typeArguments?.length && type.typeArguments.every(isDefaulted)) type.typeArguments = undefined;
        else if (type.typeArguments) type.typeArguments = type.typeArguments.map((argument) => rewrite(argument, owner));
        return type;
      case 'union':
      case 'intersection':
        type.types = type.types.map((member) => rewrite(member, owner));
        return type;
      case 'array':
      case 'optional':
      case 'rest':
        type.elementType = rewrite(type.elementType, owner);
        return type;
      case 'typeOperator':
        type.target = rewrite(type.target, owner);
        return type;
      case 'tuple':
        type.elements = type.elements.map((element) => rewrite(element, owner));
        return type;
      case 'predicate':
        type.targetType = rewrite(type.targetType, owner);
        return type;
      default:
        return type;
    }
  };

  for (const reflection of Object.values(project.reflections)) {
    if (reflection instanceof DeclarationReflection || reflection instanceof SignatureReflection || reflection instanceof ParameterReflection) {
      reflection.type = rewrite(reflection.type, reflection);
    }
  }
}

/** @param {import('typedoc').ProjectReflection} project */
function giveMediaShownExtensions(project) {
  const files = project.files;
  const getName = files.getName.bind(files);
  files.getName = (id) => {
    const name = getName(id);
    if (name === undefined) return name;
    const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    if (shownExtensions.has(extension)) return name;
    // The registry keeps the name it hands out, so the copied file and every link to it agree.
    // @ts-expect-error: `names` is the registry's own map of media names.
    files.names.set(id, `${name}.txt`);
    return `${name}.txt`;
  };
}

/**
 * @param {import('typedoc').Application} app
 * @param {MarkdownEvent} event
 */
function trimReadme(app, event) {
  if (!event.page.model.isProject() || !event.parsedText.startsWith(`# ${manifest.name}\n`)) return;
  const [first] = event.page.model.project.getChildrenByKind(ReflectionKind.Module);
  const modules = first ? app.renderer.router?.relativeUrl(event.page.model, first) ?? 'modules.html' : 'modules.html';
  const sections = event.parsedText.replace(/^# .*\n/, '').split(/^(?=## )/m);
  const seen = new Set();
  const kept = sections.map((section) => {
    const heading = /^## (.*)\n/.exec(section)?.[1]?.trim();
    if (heading === undefined || !(heading in omittedSections)) return section;
    seen.add(heading);
    const replacement = omittedSections[/** @type {keyof typeof omittedSections} */ (heading)];
    return replacement === null ? '' : `## ${heading}\n\n${replacement(modules)}\n\n`;
  });
  for (const heading of Object.keys(omittedSections)) {
    if (!seen.has(heading)) app.logger.error(`typedoc-plugin: the README has no "## ${heading}" section to leave out of the index page`);
  }
  // Links into a section left out go to the export the heading names (`### createQueries(dataset)`), or to the reference.
  const project = event.page.model.project;
  /** @type {Map<string, string>} */
  const moved = new Map();
  for (const section of sections.filter((section) => seen.has(/^## (.*)\n/.exec(section)?.[1]?.trim()))) {
    for (const [, heading = ''] of section.matchAll(/^#{2,6} (.*)$/gm)) {
      const name = /^[\w$]+/.exec(heading)?.[0] ?? '';
      const target = project.getReflectionsByKind(ReflectionKind.SomeExport).find((reflection) => reflection.name === name);
      moved.set(slugOf(heading), target ? app.renderer.router?.relativeUrl(event.page.model, target) ?? modules : modules);
    }
  }
  event.parsedText = kept.join('').replace(/\]\(#([^)\s]+)\)/g, (link, anchor) => (moved.has(anchor) ? `](${moved.get(anchor)})` : link));
}

/** The anchor GitHub and npm give a Markdown heading. */
function slugOf(/** @type {string} */ heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
