// The components the story's MDX may use, in one list: a step's words (figures, changes, sources)
// and, in the intro and the sections, also the source list, credits, downloads and updates.
import Change from "./Change.astro";
import DataPageLink from "./DataPageLink.astro";
import DataVersion from "./DataVersion.astro";
import Downloads from "./Downloads.astro";
import Licence from "./Licence.astro";
import Multiple from "./Multiple.astro";
import Source from "./Source.astro";
import SourceLink from "./SourceLink.astro";
import SourceList from "./SourceList.astro";
import SourceTitle from "./SourceTitle.astro";
import StoryCredits from "./StoryCredits.astro";
import Updates from "./Updates.astro";
import Value from "./Value.astro";

export const STEP_COMPONENTS = { Value, Change, Multiple, Source, SourceLink };

export const STORY_COMPONENTS = {
  ...STEP_COMPONENTS,
  SourceTitle,
  SourceList,
  StoryCredits,
  DataVersion,
  Licence,
  Downloads,
  Updates,
  DataPageLink,
};
