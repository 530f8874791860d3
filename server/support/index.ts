/** The support domain as other domains may use it: the helpdesk countries (a tenant has one). */
export { CountryEnum } from './graphql/support.enum.js';
export { COUNTRIES, type Country } from './policy/deskHours.js';
