import { setIconOptions } from '@fluentui/react';

// SharePoint registers Fluent's icon font on the page; under jsdom nothing does, and each icon would warn.
setIconOptions({ disableWarnings: true });
