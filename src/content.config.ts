import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// Starlight reads its UI strings from here; src/content/i18n/en.json overrides the few we word
	// for this project. (Without the collection, every build warns that it is missing.)
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
