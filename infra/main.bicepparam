using 'main.bicep'

// Values for the network's production deployment. The site id is read from the environment
// so that it is not committed: export SHAREPOINT_SITE_ID before `az deployment group create`.
param appName = 'focalbot'
param appServiceSku = 'B1'
param botSku = 'F0'
param storageKind = 'SharePoint'
param sharePointSiteId = readEnvironmentVariable('SHAREPOINT_SITE_ID', '')
param logRetentionInDays = 90
