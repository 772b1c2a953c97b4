/**
 * Stand-ins for the SPFx runtime modules (@microsoft/sp-*) the web part shells import. The workbench never runs
 * the SPFx lifecycle: it creates a shell without its constructor and calls its own `renderRoot(services)`.
 * CommonJS on purpose: a shell that starts importing more of SPFx still bundles (the import is undefined here)
 * and only fails if it uses it while rendering; add a stand-in below then.
 */
'use strict';

class BaseClientSideWebPart {
  constructor() {
    this.properties = {};
    this.context = undefined;
    this.domElement = undefined;
  }
  onInit() {
    return Promise.resolve();
  }
  render() {}
  getPropertyPaneConfiguration() {
    return { pages: [] };
  }
}

const field = kind => (targetProperty, props) => ({ kind, targetProperty, props });

module.exports = {
  BaseClientSideWebPart,
  BaseComponent: class BaseComponent {},
  Version: { parse: v => ({ toString: () => v }) },
  PropertyPaneTextField: field('TextField'),
  PropertyPaneSlider: field('Slider'),
  PropertyPaneToggle: field('Toggle'),
  PropertyPaneDropdown: field('Dropdown'),
  PropertyPaneCheckbox: field('Checkbox'),
  PropertyPaneChoiceGroup: field('ChoiceGroup'),
  PropertyPaneLabel: field('Label'),
  DisplayMode: { Read: 1, Edit: 2 },
};
