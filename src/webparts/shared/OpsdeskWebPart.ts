import { Version } from '@microsoft/sp-core-library';
import { IPropertyPaneConfiguration, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IReadonlyTheme } from '@microsoft/sp-component-base';
import { ThemeProvider } from '@fluentui/react';
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { createSpfxSp, SPFI } from '../../data/pnp';
import { Locale } from '../../domain/vocabulary';
import { IUiStrings, localeOf, uiStrings } from '../../ui/uiStrings';

export interface IOpsdeskWebPartProps {
  /** Overrides the register's default heading. */
  heading?: string;
  pageSize?: number;
}

/** What a web part's React tree needs from SharePoint; built once in onInit. */
export interface IWebPartServices {
  sp: SPFI;
  webServerRelativeUrl: string;
  locale: Locale;
  ui: IUiStrings;
}

/** Property pane labels every opsdesk web part has, from its own loc/ strings. */
export interface IPaneStrings {
  PropertyPaneDescription: string;
  DisplayGroupName: string;
  HeadingFieldLabel: string;
  PageSizeFieldLabel: string;
}

/**
 * The thin SPFx shell every opsdesk web part shares: it builds the SPFI once, picks the UI language from the
 * page, follows the site or Teams theme, and renders the web part's React root. No logic lives here.
 */
export abstract class OpsdeskWebPart<TProps extends IOpsdeskWebPartProps> extends BaseClientSideWebPart<TProps> {
  private services: IWebPartServices | undefined;
  private theme: IReadonlyTheme | undefined;

  protected abstract get paneStrings(): IPaneStrings;

  protected abstract renderRoot(services: IWebPartServices): React.ReactElement;

  protected onInit(): Promise<void> {
    this.services = {
      sp: createSpfxSp(this.context),
      webServerRelativeUrl: this.context.pageContext.web.serverRelativeUrl,
      locale: localeOf(this.context.pageContext.cultureInfo.currentUICultureName),
      ui: uiStrings(localeOf(this.context.pageContext.cultureInfo.currentUICultureName))
    };
    return super.onInit();
  }

  public render(): void {
    if (!this.services) return;
    const root = this.renderRoot(this.services);
    const themed = this.theme
      ? React.createElement(ThemeProvider, { theme: this.theme as unknown as Record<string, unknown>, applyTo: 'none' }, root)
      : root;
    ReactDom.render(themed, this.domElement);
  }

  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = theme;
    if (theme && theme.semanticColors) {
      this.domElement.style.setProperty('--bodyText', theme.semanticColors.bodyText || null);
    }
    this.render();
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const s = this.paneStrings;
    return {
      pages: [
        {
          header: { description: s.PropertyPaneDescription },
          groups: [
            {
              groupName: s.DisplayGroupName,
              groupFields: [
                PropertyPaneTextField('heading', { label: s.HeadingFieldLabel }),
                PropertyPaneSlider('pageSize', { label: s.PageSizeFieldLabel, min: 10, max: 100, step: 10 })
              ]
            }
          ]
        }
      ]
    };
  }
}
