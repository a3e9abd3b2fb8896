export { UploadForm } from './upload-form';
