// Linux App Service plan and the web app running the bot (.NET 10) as the bot identity.

@description('Azure region of the resources.')
param location string

@description('Prefix of the plan name.')
param namePrefix string

@description('Globally unique web app name: its host name is <name>.azurewebsites.net.')
param webAppName string

@description('App Service plan SKU; Always On needs Basic (B1) or above.')
param skuName string

@description('Resource id of the user-assigned managed identity that is the bot identity.')
param identityId string

@description('Client id of that identity: the bot app id.')
param identityClientId string

@description('Entra tenant of that identity.')
param tenantId string

@description('Application Insights connection string.')
param insightsConnectionString string

@description('Storage the bot uses: SharePoint (Microsoft Lists) or Sqlite (a file under /home).')
param storageKind string

@description('SharePoint site id (Graph form: host,site-guid,web-guid); required when storageKind is SharePoint.')
param sharePointSiteId string

@description('Tags applied to every resource.')
param tags object

@description('Tenant ids whose activities the bot handles (Access:AllowedTenants).')
@minLength(1)
param allowedTenants array

@description('The network\'s channel (Network:ChannelId); empty: the one chosen when the bot is installed in the team.')
param networkChannelId string

// A list setting is one app setting per element: Access__AllowedTenants__0, __1...
var accessSettings = [for (tenant, i) in allowedTenants: { name: 'Access__AllowedTenants__${i}', value: tenant }]

var networkSettings = empty(networkChannelId) ? [] : [
  { name: 'Network__ChannelId', value: networkChannelId }
]

// The site's default host name; it cannot be read from the site inside its own settings, so it is built from the name.
var publicUrl = 'https://${webAppName}.azurewebsites.net'

var storageSettings = storageKind == 'Sqlite'
  ? [
      // /home is the App Service file share: it survives restarts and redeployments.
      { name: 'Storage__Sqlite__Path', value: '/home/data/focalbot.db' }
    ]
  : [
      { name: 'Storage__SharePoint__SiteId', value: sharePointSiteId }
    ]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true // the scheduled jobs (reminders, chasers) run in-process
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(
        [
          { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
          { name: 'Bot__AppId', value: identityClientId }
          { name: 'Bot__TenantId', value: tenantId }
          { name: 'Bot__ManagedIdentityClientId', value: identityClientId }
          // The bot's public address, the host of the messaging endpoint: every link the bot hands out starts with it.
          { name: 'Bot__PublicUrl', value: publicUrl }
          // Azure SDK clients built with DefaultAzureCredential (Graph, Storage) pick this identity.
          { name: 'AZURE_CLIENT_ID', value: identityClientId }
          { name: 'Storage__Kind', value: storageKind }
        ],
        storageSettings,
        accessSettings,
        networkSettings
      )
    }
  }
}

output id string = site.id
output name string = site.name
output defaultHostName string = site.properties.defaultHostName
