export { CheckField, ChoiceField, PartError, SelectField, TextField } from './fields';
export { FormContext, fieldId, useField } from './form-context';
export { SettingsForm } from './settings-form';
