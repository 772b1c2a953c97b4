/**
 * Stand-ins for the SPFx runtime modules the web part shells import. The workbench never runs the SPFx
 * lifecycle: it instantiates a shell without its constructor and calls its own `renderRoot(services)`.
 * Only what the shells touch at module load or in renderRoot is here; a build error naming a missing export
 * means a shell started using more of SPFx, and this file needs that export too.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

export class BaseClientSideWebPart<TProps> {
  public properties: TProps = {} as TProps;
  public context: any;
  public domElement: HTMLElement | undefined;
}

export class BaseComponent {}

export const Version = {
  parse: (v: string): { toString(): string } => ({ toString: () => v }),
};

const field = (kind: string) => (targetProperty: string, props?: unknown): unknown => ({ kind, targetProperty, props });
export const PropertyPaneTextField = field('TextField');
export const PropertyPaneSlider = field('Slider');
export const PropertyPaneToggle = field('Toggle');
export const PropertyPaneDropdown = field('Dropdown');
export const PropertyPaneCheckbox = field('Checkbox');
export const PropertyPaneChoiceGroup = field('ChoiceGroup');
export const PropertyPaneLabel = field('Label');

export const Environment = { type: 3 };
export const EnvironmentType = { Test: 0, Local: 1, SharePoint: 2, ClassicSharePoint: 3 };
export const DisplayMode = { Read: 1, Edit: 2 };
