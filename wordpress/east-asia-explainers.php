<?php
/**
 * Plugin Name:       East Asia Explainers
 * Plugin URI:        https://www.npmjs.com/package/east-asia-explainers
 * Description:       Glossary popovers, a deterrence–reassurance slider and a map of East Asian hotspots (Japanese and English) in your posts: loads the script on every public page, lets every role use the elements and keeps automatic paragraphs off them. Settings → East Asia Explainers.
 * Version:           0.3.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            east-asia-explainers
 * License:           MIT OR Apache-2.0
 * Text Domain:       east-asia-explainers
 *
 * One file, in the npm package as wordpress/east-asia-explainers.php (and zipped for
 * Plugins → Add New → Upload as dist/wordpress/east-asia-explainers.zip). The guide is
 * docs/embedding/wordpress.md. The element table below is generated from the widgets'
 * widget.toml, the one source of the elements' tags and attributes.
 *
 * @package east-asia-explainers
 */

defined( 'ABSPATH' ) || exit;

/** The package's version (the crate's: scripts/sync-version.mjs checks it and the header). */
const EAST_ASIA_EXPLAINERS_VERSION = '0.3.0';

/**
 * The SHA-384 of this version's loader as released (scripts/sync-version.mjs writes it
 * from release/loader-integrity.json): the pinned CDN URL is loaded with it.
 */
const EAST_ASIA_EXPLAINERS_LOADER_INTEGRITY = 'sha384-4AINKvt46z/lkNI8skbF7JIFvFb5OhhBx0YIAhmhvaC/olrxrPOVgOJQ9Kg/gkKj';

/** The option that holds the loader's URL; empty: the pinned CDN URL of this version. */
const EAST_ASIA_EXPLAINERS_LOADER_OPTION = 'east_asia_explainers_loader_url';

/** The option that holds the origins allowed for author glossary files, one a line. */
const EAST_ASIA_EXPLAINERS_ORIGINS_OPTION = 'east_asia_explainers_author_origins';

/** The settings page's slug, and the settings group. */
const EAST_ASIA_EXPLAINERS_PAGE = 'east-asia-explainers';

// @generated elements:start
// From widgets/*/widget.toml, by the content compiler
// (`cargo run -p explainers-compiler --bin wordpress-plugin`). Do not edit this block.

/**
 * The elements, by tag: `block`, true for an element that stands between paragraphs
 * (automatic paragraphs leave it whole), false for one inside a paragraph's text;
 * `attributes`, its own and every element's; `fetches`, those whose value is a URL
 * the widget fetches (kept for users with the unfiltered_html capability only).
 *
 * @return array<string, array{block: bool, attributes: string[], fetches: string[]}>
 */
function east_asia_explainers_elements() {
	return array(
		'deterrence-slider' => array(
			'block'      => true,
			'attributes' => array( 'value', 'lang', 'theme' ),
			'fetches'    => array(),
		),
		'glossary-term'     => array(
			'block'      => false,
			'attributes' => array( 'term', 'definition', 'reading', 'source', 'lang', 'theme' ),
			'fetches'    => array(),
		),
		'glossary-scope'    => array(
			'block'      => true,
			'attributes' => array( 'src', 'lang', 'theme' ),
			'fetches'    => array( 'src' ),
		),
		'hotspot-map'       => array(
			'block'      => true,
			'attributes' => array( 'hotspot', 'selected', 'layers', 'lang', 'theme' ),
			'fetches'    => array(),
		),
	);
}
// @generated elements:end

/**
 * The loader's pinned URL on jsDelivr for this version of the plugin.
 *
 * @return string
 */
function east_asia_explainers_default_loader_url() {
	return 'https://cdn.jsdelivr.net/npm/east-asia-explainers@' . EAST_ASIA_EXPLAINERS_VERSION . '/dist/explainers.js';
}

/**
 * The loader's URL: the setting, else the pinned CDN URL of this version.
 *
 * @return string
 */
function east_asia_explainers_loader_url() {
	$url = get_option( EAST_ASIA_EXPLAINERS_LOADER_OPTION, '' );
	return is_string( $url ) && '' !== $url ? $url : east_asia_explainers_default_loader_url();
}

/**
 * The loader tag's integrity attributes: the released loader's SHA-384 for the pinned CDN
 * URL; none for a self-hosted URL (whose file this plugin cannot know).
 *
 * @return array<string, string>
 */
function east_asia_explainers_integrity_attributes() {
	$own = get_option( EAST_ASIA_EXPLAINERS_LOADER_OPTION, '' );
	if ( ( is_string( $own ) && '' !== $own ) || '' === EAST_ASIA_EXPLAINERS_LOADER_INTEGRITY ) {
		return array();
	}
	return array(
		'integrity'   => EAST_ASIA_EXPLAINERS_LOADER_INTEGRITY,
		'crossorigin' => 'anonymous',
	);
}

add_filter( 'wp_script_attributes', 'east_asia_explainers_module_attributes' );

/**
 * The script module's tag (WordPress 6.5+ prints it) gets the integrity attributes too.
 *
 * @param array<string, string> $attributes The tag's attributes.
 * @return array<string, string>
 */
function east_asia_explainers_module_attributes( $attributes ) {
	if ( isset( $attributes['id'] ) && 'east-asia-explainers-js-module' === $attributes['id'] ) {
		return array_merge( $attributes, east_asia_explainers_integrity_attributes() );
	}
	return $attributes;
}

/**
 * The origins allowed for author glossary files (the setting, normalised when saved).
 *
 * @return string[]
 */
function east_asia_explainers_author_origins() {
	$text = get_option( EAST_ASIA_EXPLAINERS_ORIGINS_OPTION, '' );
	return is_string( $text ) ? preg_split( '/\s+/', $text, -1, PREG_SPLIT_NO_EMPTY ) : array();
}

/*
 * Loading: a script module on WordPress 6.5 and later, a module script tag before (the
 * function is looked up, never called unguarded: an older WordPress keeps its pages).
 */

add_action( 'wp_enqueue_scripts', 'east_asia_explainers_enqueue' );

/**
 * Enqueues the loader as a script module (6.5+), or prints it in the head (before 6.5).
 */
function east_asia_explainers_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'east-asia-explainers', east_asia_explainers_loader_url(), array(), null );
		// Modules are printed in the head (block themes) or the footer (classic themes).
		add_action( 'wp_footer', 'east_asia_explainers_print_configuration', 100 );
	} else {
		add_action( 'wp_head', 'east_asia_explainers_print_loader', 20 );
	}
}

/**
 * Prints the loader's module script tag, then its configuration (before WordPress 6.5).
 */
function east_asia_explainers_print_loader() {
	wp_print_script_tag(
		array_merge(
			array(
				'type' => 'module',
				'src'  => esc_url( east_asia_explainers_loader_url() ),
				'id'   => 'east-asia-explainers-js',
			),
			east_asia_explainers_integrity_attributes()
		)
	);
	east_asia_explainers_print_configuration();
}

/**
 * Prints the loader's configuration when the site allows author glossary files from
 * other origins: a module that imports the loader (the same module, by the same URL)
 * and calls its configure().
 */
function east_asia_explainers_print_configuration() {
	$origins = east_asia_explainers_author_origins();
	if ( ! $origins ) {
		return;
	}
	// Escaped for a script element: no "<", ">", "&" or quotes inside the strings.
	$flags = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES;
	$code  = sprintf(
		'import { configure } from %s; configure({ authorOrigins: %s });',
		wp_json_encode( east_asia_explainers_loader_url(), $flags ),
		wp_json_encode( array_values( $origins ), $flags )
	);
	wp_print_inline_script_tag(
		$code,
		array(
			'type' => 'module',
			'id'   => 'east-asia-explainers-configuration',
		)
	);
}

/*
 * Allowed HTML: the elements and their attributes for every role (wp_kses runs on a
 * post saved by a user without unfiltered_html), except the attributes whose value is a
 * URL the widget fetches (<glossary-scope src>): only users with unfiltered_html keep
 * them.
 */

add_filter( 'wp_kses_allowed_html', 'east_asia_explainers_allowed_html', 10, 2 );

/**
 * Adds the elements and their attributes to the 'post' context.
 *
 * @param array<string, array<string, bool>> $tags    Allowed tags and their attributes.
 * @param string|array                       $context The kses context.
 * @return array<string, array<string, bool>>
 */
function east_asia_explainers_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	$trusted = current_user_can( 'unfiltered_html' );
	foreach ( east_asia_explainers_elements() as $tag => $element ) {
		$attributes = isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ? $tags[ $tag ] : array();
		foreach ( $element['attributes'] as $name ) {
			$attributes[ $name ] = true;
		}
		if ( function_exists( '_wp_add_global_attributes' ) ) {
			// What every allowed tag has: class, id, style, title, role, aria-*, data-*, dir, lang.
			$attributes = _wp_add_global_attributes( $attributes );
		}
		if ( ! $trusted ) {
			foreach ( $element['fetches'] as $name ) {
				unset( $attributes[ $name ] );
			}
		}
		$tags[ $tag ] = $attributes;
	}
	return $tags;
}

/*
 * Automatic paragraphs (wpautop: classic posts, the Classic Editor, the classic block)
 * know only HTML's own block elements: they would put <p> around <deterrence-slider>,
 * <hotspot-map> and <glossary-scope> (the browser then moves the element out of the
 * paragraph, leaving the fallback text visible under the widget and the scope's text
 * outside the scope) and <br> inside them. Before wpautop each of their tags becomes an
 * empty <div> (a block to wpautop); after it the tags are put back. <glossary-term>
 * stays inside its paragraph.
 */

add_filter( 'the_content', 'east_asia_explainers_hold_blocks', 9 );

/**
 * The block elements' tags held by the current request, by placeholder key.
 *
 * @return array<string, string>
 */
function &east_asia_explainers_held_tags() {
	static $held = array();
	return $held;
}

/**
 * Before wpautop (when it will run): each opening and closing tag of a block element
 * becomes `<div data-east-asia-explainers="KEY"></div>` on a line of its own.
 *
 * @param string $content The post's content.
 * @return string
 */
function east_asia_explainers_hold_blocks( $content ) {
	// wpautop at its default priority (10) or later; not at all in a post of blocks.
	$autop = has_filter( 'the_content', 'wpautop' );
	if ( false === $autop || $autop < 10 || ! is_string( $content ) || false === strpos( $content, '-' ) ) {
		return $content;
	}
	$blocks = array();
	foreach ( east_asia_explainers_elements() as $tag => $element ) {
		if ( $element['block'] ) {
			$blocks[] = preg_quote( $tag, '/' );
		}
	}
	// An opening tag with its attributes (quoted values may hold ">"), or a closing tag.
	$attribute = '\s+[^\s"\'>\/=]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'=<>`]+))?';
	$pattern   = '/<\/?(?:' . implode( '|', $blocks ) . ')(?:' . $attribute . ')*\s*\/?>/i';
	static $prefix = null;
	if ( null === $prefix ) {
		$prefix = 'h' . wp_generate_password( 12, false );
	}
	$held = &east_asia_explainers_held_tags();
	$n    = count( $held );
	$out  = preg_replace_callback(
		$pattern,
		function ( $m ) use ( &$held, &$n, $prefix ) {
			$key          = $prefix . '-' . ( $n++ );
			$held[ $key ] = $m[0];
			return "\n\n<div data-east-asia-explainers=\"" . $key . "\"></div>\n\n";
		},
		$content
	);
	if ( null === $out || $out === $content ) {
		return $content;
	}
	// Put back right after wpautop (same priority, added later: runs after it).
	add_filter( 'the_content', 'east_asia_explainers_restore_blocks', $autop );
	return $out;
}

/**
 * After wpautop: the held tags back in place of their placeholders.
 *
 * @param string $content The post's content.
 * @return string
 */
function east_asia_explainers_restore_blocks( $content ) {
	$held = &east_asia_explainers_held_tags();
	if ( ! $held || ! is_string( $content ) ) {
		return $content;
	}
	$out = preg_replace_callback(
		'/<div data-east-asia-explainers="([A-Za-z0-9-]+)"><\/div>/',
		function ( $m ) use ( &$held ) {
			if ( ! isset( $held[ $m[1] ] ) ) {
				return $m[0];
			}
			$tag = $held[ $m[1] ];
			unset( $held[ $m[1] ] );
			return $tag;
		},
		$content
	);
	return null === $out ? $content : $out;
}

/*
 * The Classic Editor's Visual tab (and the classic block) is TinyMCE, which drops every
 * element it does not know, keeping only the text, as soon as a post is shown there.
 * It is told the elements: the blocks like <div>, the term like <span> (`~`), with their
 * attributes and the global ones.
 */

add_filter( 'tiny_mce_before_init', 'east_asia_explainers_tinymce' );

/**
 * Adds the elements to TinyMCE's custom_elements and extended_valid_elements.
 *
 * @param array<string, mixed> $init TinyMCE's settings.
 * @return array<string, mixed>
 */
function east_asia_explainers_tinymce( $init ) {
	$custom = array();
	$valid  = array();
	foreach ( east_asia_explainers_elements() as $tag => $element ) {
		$custom[]   = ( $element['block'] ? '' : '~' ) . $tag;
		$attributes = array_merge( $element['attributes'], array( 'id', 'class', 'style', 'title', 'dir', 'role', 'aria-*', 'data-*' ) );
		$valid[]    = $tag . '[' . implode( '|', $attributes ) . ']';
	}
	foreach ( array(
		'custom_elements'         => $custom,
		'extended_valid_elements' => $valid,
	) as $key => $list ) {
		$before       = isset( $init[ $key ] ) && is_string( $init[ $key ] ) && '' !== $init[ $key ] ? array( $init[ $key ] ) : array();
		$init[ $key ] = implode( ',', array_merge( $before, $list ) );
	}
	return $init;
}

/*
 * The Classic Editor runs wpautop's JavaScript twin (Text to Visual) and its reverse,
 * removep (Visual to Text, saving from Visual), with the same list of blocks: the block
 * elements are held there too, through the events they fire before and after
 * (beforeWpautop, afterWpautop, beforePreWpautop, afterPreWpautop).
 */

add_action( 'admin_enqueue_scripts', 'east_asia_explainers_editor_autop' );

/**
 * Adds the holding of the block elements' tags to the Classic Editor's script.
 */
function east_asia_explainers_editor_autop() {
	$blocks = array();
	foreach ( east_asia_explainers_elements() as $tag => $element ) {
		if ( $element['block'] ) {
			$blocks[] = $tag;
		}
	}
	$script = <<<'JS'
( function ( $, blocks ) {
	var attribute = '\\s+[^\\s"\'>\\/=]+(?:\\s*=\\s*(?:"[^"]*"|\'[^\']*\'|[^\\s"\'=<>`]+))?';
	var pattern = new RegExp( '<\\/?(?:' + blocks.join( '|' ) + ')(?:' + attribute + ')*\\s*\\/?>', 'gi' );
	var held = [];
	$( document ).on( 'beforeWpautop beforePreWpautop', function ( event, obj ) {
		held = [];
		obj.data = obj.data.replace( pattern, function ( tag ) {
			held.push( tag );
			return '\n\n<div data-east-asia-explainers="' + ( held.length - 1 ) + '"></div>\n\n';
		} );
	} ).on( 'afterWpautop afterPreWpautop', function ( event, obj ) {
		obj.data = obj.data.replace( /<div data-east-asia-explainers="(\d+)"><\/div>/g, function ( div, i ) {
			return held[ i ] === undefined ? div : held[ i ];
		} );
		held = [];
	} );
} )( jQuery, %s );
JS;
	wp_add_inline_script( 'editor', sprintf( $script, wp_json_encode( $blocks ) ) );
}

/*
 * Settings (Settings → East Asia Explainers, administrators only; also in the REST API's
 * /wp/v2/settings for administrators): the loader's URL and the origins allowed for
 * author glossary files.
 */

register_activation_hook( __FILE__, 'east_asia_explainers_activate' );

/**
 * On activation: registers the clean-up WordPress runs when the plugin is deleted.
 */
function east_asia_explainers_activate() {
	register_uninstall_hook( __FILE__, 'east_asia_explainers_uninstall' );
}

/**
 * Deleting the plugin deletes its settings: nothing of it stays in the database.
 */
function east_asia_explainers_uninstall() {
	delete_option( EAST_ASIA_EXPLAINERS_LOADER_OPTION );
	delete_option( EAST_ASIA_EXPLAINERS_ORIGINS_OPTION );
}

add_action( 'admin_init', 'east_asia_explainers_register_settings' );
add_action( 'rest_api_init', 'east_asia_explainers_register_settings' );
add_action( 'admin_init', 'east_asia_explainers_settings_fields' );
add_action( 'admin_menu', 'east_asia_explainers_admin_menu' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'east_asia_explainers_action_links' );

/**
 * Registers the two settings.
 */
function east_asia_explainers_register_settings() {
	register_setting(
		EAST_ASIA_EXPLAINERS_PAGE,
		EAST_ASIA_EXPLAINERS_LOADER_OPTION,
		array(
			'type'              => 'string',
			'description'       => __( 'The URL of explainers.js; empty: the pinned CDN URL of this version.', 'east-asia-explainers' ),
			'sanitize_callback' => 'east_asia_explainers_sanitize_loader_url',
			'show_in_rest'      => true,
			'default'           => '',
		)
	);
	register_setting(
		EAST_ASIA_EXPLAINERS_PAGE,
		EAST_ASIA_EXPLAINERS_ORIGINS_OPTION,
		array(
			'type'              => 'string',
			'description'       => __( 'Origins allowed for author glossary files, one a line.', 'east-asia-explainers' ),
			'sanitize_callback' => 'east_asia_explainers_sanitize_origins',
			'show_in_rest'      => true,
			'default'           => '',
		)
	);
}

/**
 * Records a problem with a submitted setting (shown on the settings page; the REST API
 * has no such messages, and keeps the previous value all the same).
 *
 * @param string $option  The option's name.
 * @param string $message What was wrong and what was kept.
 */
function east_asia_explainers_setting_error( $option, $message ) {
	if ( function_exists( 'add_settings_error' ) ) {
		add_settings_error( $option, $option, $message );
	}
}

/**
 * The loader's URL as saved: an http(s) URL or a path on this site; empty for the
 * pinned CDN URL. Anything else keeps the previous value, with a message.
 *
 * @param mixed $value The submitted value.
 * @return string
 */
function east_asia_explainers_sanitize_loader_url( $value ) {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	$scheme = wp_parse_url( $value, PHP_URL_SCHEME );
	$host   = wp_parse_url( $value, PHP_URL_HOST );
	$http   = is_string( $scheme ) && in_array( strtolower( $scheme ), array( 'http', 'https' ), true ) && is_string( $host ) && '' !== $host;
	$path   = null === $scheme && '/' === substr( $value, 0, 1 ) && '//' !== substr( $value, 0, 2 );
	$clean  = $http || $path ? esc_url_raw( $value, array( 'http', 'https' ) ) : '';
	if ( '' !== $clean ) {
		return $clean;
	}
	east_asia_explainers_setting_error(
		EAST_ASIA_EXPLAINERS_LOADER_OPTION,
		__( 'The loader URL must be an http(s) URL or a path on this site (starting with /); the previous value is kept.', 'east-asia-explainers' )
	);
	$old = get_option( EAST_ASIA_EXPLAINERS_LOADER_OPTION, '' );
	return is_string( $old ) ? $old : '';
}

/**
 * The origins as saved: one `scheme://host[:port]` a line, lower-case, without the
 * default port, each once. Anything that is not an http(s) origin is left out, with a
 * message naming it.
 *
 * @param mixed $value The submitted value (origins separated by lines, spaces or commas).
 * @return string
 */
function east_asia_explainers_sanitize_origins( $value ) {
	$origins = array();
	$left    = array();
	$items   = is_string( $value ) ? preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY ) : array();
	foreach ( $items as $item ) {
		$parts  = wp_parse_url( $item );
		$scheme = isset( $parts['scheme'] ) ? strtolower( $parts['scheme'] ) : '';
		$host   = isset( $parts['host'] ) ? strtolower( $parts['host'] ) : '';
		$port   = isset( $parts['port'] ) ? (int) $parts['port'] : null;
		$extra  = isset( $parts['user'] ) || isset( $parts['pass'] ) || isset( $parts['query'] ) || isset( $parts['fragment'] )
			|| ( isset( $parts['path'] ) && '/' !== $parts['path'] );
		$named  = 1 === preg_match( '/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$|^\[[0-9a-f:.]+\]$/', $host );
		if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || ! $named || $extra ) {
			$left[] = $item;
			continue;
		}
		if ( ( 'http' === $scheme && 80 === $port ) || ( 'https' === $scheme && 443 === $port ) ) {
			$port = null;
		}
		$origins[ $scheme . '://' . $host . ( null === $port ? '' : ':' . $port ) ] = true;
	}
	if ( $left ) {
		east_asia_explainers_setting_error(
			EAST_ASIA_EXPLAINERS_ORIGINS_OPTION,
			sprintf(
				/* translators: %s: the values left out, separated by commas. */
				__( 'Not an origin (https://host or https://host:port), left out: %s', 'east-asia-explainers' ),
				implode( ', ', $left )
			)
		);
	}
	return implode( "\n", array_keys( $origins ) );
}

/**
 * The settings page's section and fields.
 */
function east_asia_explainers_settings_fields() {
	add_settings_section( 'east_asia_explainers_main', '', '__return_false', EAST_ASIA_EXPLAINERS_PAGE );
	add_settings_field(
		EAST_ASIA_EXPLAINERS_LOADER_OPTION,
		__( 'Loader URL', 'east-asia-explainers' ),
		'east_asia_explainers_loader_field',
		EAST_ASIA_EXPLAINERS_PAGE,
		'east_asia_explainers_main',
		array( 'label_for' => EAST_ASIA_EXPLAINERS_LOADER_OPTION )
	);
	add_settings_field(
		EAST_ASIA_EXPLAINERS_ORIGINS_OPTION,
		__( 'Origins allowed for author glossary files', 'east-asia-explainers' ),
		'east_asia_explainers_origins_field',
		EAST_ASIA_EXPLAINERS_PAGE,
		'east_asia_explainers_main',
		array( 'label_for' => EAST_ASIA_EXPLAINERS_ORIGINS_OPTION )
	);
}

/**
 * The loader URL's field.
 */
function east_asia_explainers_loader_field() {
	$id = EAST_ASIA_EXPLAINERS_LOADER_OPTION;
	printf(
		'<input type="text" inputmode="url" class="large-text code" id="%1$s" name="%1$s" value="%2$s" placeholder="%3$s" aria-describedby="%1$s-description">',
		esc_attr( $id ),
		esc_attr( (string) get_option( $id, '' ) ),
		esc_attr( east_asia_explainers_default_loader_url() )
	);
	printf(
		'<p class="description" id="%s-description">%s</p>',
		esc_attr( $id ),
		esc_html__( 'Empty: the pinned CDN URL of this version (shown in the field). To host the files yourself, the URL of your copy of the package\'s dist/explainers.js (the rest of dist/ beside it).', 'east-asia-explainers' )
	);
}

/**
 * The origins' field.
 */
function east_asia_explainers_origins_field() {
	$id = EAST_ASIA_EXPLAINERS_ORIGINS_OPTION;
	printf(
		'<textarea class="large-text code" rows="3" id="%1$s" name="%1$s" aria-describedby="%1$s-description">%2$s</textarea>',
		esc_attr( $id ),
		esc_textarea( (string) get_option( $id, '' ) )
	);
	printf(
		'<p class="description" id="%s-description">%s</p>',
		esc_attr( $id ),
		esc_html__( 'One origin a line, such as https://example.org. A glossary file named by <glossary-scope src> loads from this site\'s origin, or from an origin listed here; none by default.', 'east-asia-explainers' )
	);
}

/**
 * Adds the settings page under Settings.
 */
function east_asia_explainers_admin_menu() {
	add_options_page(
		__( 'East Asia Explainers', 'east-asia-explainers' ),
		__( 'East Asia Explainers', 'east-asia-explainers' ),
		'manage_options',
		EAST_ASIA_EXPLAINERS_PAGE,
		'east_asia_explainers_settings_page'
	);
}

/**
 * The settings page.
 */
function east_asia_explainers_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( EAST_ASIA_EXPLAINERS_PAGE );
	do_settings_sections( EAST_ASIA_EXPLAINERS_PAGE );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link beside the plugin's name on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function east_asia_explainers_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . EAST_ASIA_EXPLAINERS_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'east-asia-explainers' ) . '</a>' );
	return $links;
}
