/**
 * The lifecycle domain as other domains may use it beyond its catalogue lookups (lifecycle/catalogue/)
 * and rules (lifecycle/policy/): the GraphQL enums that their answers share (an estate risk has a phase).
 */
export { DateSourceEnum, SupportPhaseEnum } from './graphql/lifecycle.enum.js';
