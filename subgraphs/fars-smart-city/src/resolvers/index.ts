import { Municipality, Organization } from './extended-entities';
import { FarsSmartCityInitiative } from './initiative';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers = { Query, Mutation, FarsSmartCityInitiative, Organization, Municipality };
