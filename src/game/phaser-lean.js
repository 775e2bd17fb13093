// The parts of Phaser 4 this game uses, for the production build (vite.config.ts aliases `phaser` here
// when building). Phaser's own package bundles everything — physics, tilemaps, particles, video, spine
// hooks, the sound manager, two dozen filters — 352 kB gzipped, the largest part of a classroom's first
// load; this entry is Phaser's documented custom-build route (`src/phaser-core.js` is the upstream
// example) and comes to about 215 kB. The game's code still types against the `phaser` package, and
// `npm run dev` serves the full package (Vite does not pre-bundle a CommonJS source tree aliased from
// the project). tests/unit/game/phaser-lean.test.ts checks that every Phaser namespace and game-object
// factory the game's code names is here; the browser tests run the production build.
import 'phaser-src/polyfills/requestVideoFrame';
import Cameras from 'phaser-src/cameras';
import CONST from 'phaser-src/const';
import Core from 'phaser-src/core';
import Game from 'phaser-src/core/Game';
import Events from 'phaser-src/events';
import Components from 'phaser-src/gameobjects/components';
import Container from 'phaser-src/gameobjects/container/Container';
import 'phaser-src/gameobjects/container/ContainerFactory';
import DisplayList from 'phaser-src/gameobjects/DisplayList';
import GameObjectEvents from 'phaser-src/gameobjects/events';
import GameObject from 'phaser-src/gameobjects/GameObject';
import GameObjectCreator from 'phaser-src/gameobjects/GameObjectCreator';
import GameObjectFactory from 'phaser-src/gameobjects/GameObjectFactory';
import Graphics from 'phaser-src/gameobjects/graphics/Graphics';
import 'phaser-src/gameobjects/graphics/GraphicsFactory';
import Image from 'phaser-src/gameobjects/image/Image';
import 'phaser-src/gameobjects/image/ImageFactory';
import Text from 'phaser-src/gameobjects/text/Text';
import 'phaser-src/gameobjects/text/TextFactory';
import UpdateList from 'phaser-src/gameobjects/UpdateList';
import Zone from 'phaser-src/gameobjects/zone/Zone';
import 'phaser-src/gameobjects/zone/ZoneFactory';
import Geom from 'phaser-src/geom';
import Input from 'phaser-src/input';
import Loader from 'phaser-src/loader';
import PhaserMath from 'phaser-src/math';
import Plugins from 'phaser-src/plugins';
import Renderer from 'phaser-src/renderer';
import Scale from 'phaser-src/scale';
import Scenes from 'phaser-src/scene';
import Scene from 'phaser-src/scene/Scene';
import Textures from 'phaser-src/textures';
import Time from 'phaser-src/time';
import Tweens from 'phaser-src/tweens';
import Extend from 'phaser-src/utils/object/Extend';

const Phaser = Extend(
  false,
  {
    Cameras,
    Core,
    Events,
    Game,
    GameObjects: {
      Components,
      Container,
      DisplayList,
      Events: GameObjectEvents,
      GameObject,
      GameObjectCreator,
      GameObjectFactory,
      Graphics,
      Image,
      Text,
      UpdateList,
      Zone,
    },
    Geom,
    Input,
    Loader,
    Math: PhaserMath,
    Plugins,
    Renderer,
    Scale,
    Scene,
    Scenes,
    Textures,
    Time,
    Tweens,
  },
  CONST,
);

export default Phaser;
