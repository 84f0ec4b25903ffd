import 'pole-widgets';
