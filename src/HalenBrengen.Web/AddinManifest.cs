using System.Security;

namespace HalenBrengen.Web;

/// <summary>
/// The add-in only (XML) manifest of the task pane for Excel (Workbook) and PowerPoint (Presentation),
/// pointing at this server. Elements follow the order the OfficeApp schema requires ([MS-OWEMXML] 2.2);
/// Office refuses a manifest whose elements are out of order.
/// </summary>
public static class AddinManifest
{
    /// <summary>Fixed, so a sideloaded add-in stays the same add-in across restarts.</summary>
    public const string Id = "6f1b8f2e-3c1e-4b8f-9d2a-5e7c4a1b9d30";

    public static string Xml(string origin)
    {
        var o = SecurityElement.Escape(origin.TrimEnd('/'));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
                       xsi:type="TaskPaneApp">
              <Id>{Id}</Id>
              <Version>1.0.0.0</Version>
              <ProviderName>HalenBrengen.Office</ProviderName>
              <DefaultLocale>nl-NL</DefaultLocale>
              <DisplayName DefaultValue="HalenBrengen" />
              <Description DefaultValue="Maak van de ingevulde belangenkaarten en het krachtenveld de presentatie en de A0-posters voor het halen-en-brengen gesprek." />
              <IconUrl DefaultValue="{o}/icon-32.png" />
              <HighResolutionIconUrl DefaultValue="{o}/icon-80.png" />
              <SupportUrl DefaultValue="{o}/" />
              <AppDomains>
                <AppDomain>{o}</AppDomain>
              </AppDomains>
              <Hosts>
                <Host Name="Workbook" />
                <Host Name="Presentation" />
              </Hosts>
              <DefaultSettings>
                <SourceLocation DefaultValue="{o}/" />
              </DefaultSettings>
              <Permissions>ReadWriteDocument</Permissions>
            </OfficeApp>
            """;
    }
}
